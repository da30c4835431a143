// TypeORM's CLI on the TypeScript sources, with the workspace's path aliases (`@accord/shared`):
//   node tools/typeorm-cli.cjs migration:run -d backend/src/database/data-source.ts
// DATABASE_URL names the database. The server runs pending migrations at start anyway.
const { join } = require('node:path');
const { loadConfig, register: registerPaths } = require('tsconfig-paths');

const baseConfig = join(__dirname, '..', 'tsconfig.base.json');
require('ts-node').register({
  project: baseConfig,
  transpileOnly: true,
  compilerOptions: { module: 'commonjs', moduleResolution: 'node' },
});
const { absoluteBaseUrl, paths } = loadConfig(baseConfig);
registerPaths({ baseUrl: absoluteBaseUrl, paths });
require('typeorm/cli.js');
