// The @nestjs/swagger compiler plugin documents DTO and response classes from their types, validation
// rules and comments. Shared by the build (webpack.config.js) and the API tests (tests/api/jest.config.cjs).
module.exports = {
  name: '@nestjs/swagger/plugin',
  options: {
    classValidatorShim: true,
    introspectComments: true,
    dtoFileNameSuffix: ['.dto.ts', '.response.ts', '.responses.ts'],
  },
};
