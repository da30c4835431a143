import { DataSource } from 'typeorm';
import { databaseOptions } from './database-options';

/** For the TypeORM CLI (`npm run migration:*`): DATABASE_URL must point at the database. */
const url = process.env['DATABASE_URL'];
if (!url) throw new Error('Set DATABASE_URL to run migrations from the command line');

export default new DataSource(databaseOptions(url));
