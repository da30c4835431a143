// TypeORM's CLI on the TypeScript sources, with the workspace's path aliases (`@accord/shared`):
//   node tools/typeorm-cli.cjs migration:run -d backend/src/database/data-source.ts
// DATABASE_URL names the database. The server runs pending migrations at start anyway.
require('./register-typescript.cjs');
require('typeorm/cli.js');
