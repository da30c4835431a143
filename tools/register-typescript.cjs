// Lets Node require the TypeScript sources directly, with the workspace's path aliases (`@accord/shared`),
// for the command-line tools that share code with the server (migrations, the audit check).
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
