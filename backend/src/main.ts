import { Logger } from '@nestjs/common';
import { createApp } from './app/create-app';

async function main() {
  const app = await createApp();
  const port = Number(process.env['PORT'] ?? 3000);
  await app.listen(port);
  Logger.log(`Accord Tracker listens on http://localhost:${port} (API under /api, docs at /api/docs)`, 'Main');
}

main().catch((error) => {
  // Config and migration failures end here: say why and stop with a non-zero code.
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
