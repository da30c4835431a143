// ts-jest wants a `factory`; the @nestjs/swagger plugin exports `before`. Same options as the build.
const plugin = require('@nestjs/swagger/plugin');
const { options } = require('../../../backend/swagger-plugin');

module.exports.name = 'nestjs-swagger-transformer';
module.exports.version = 1;
module.exports.factory = (compiler) => plugin.before(options, compiler.program);
