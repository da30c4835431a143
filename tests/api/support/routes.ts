import { INestApplication } from '@nestjs/common';

export interface AppRoute {
  method: string;
  /** Express form, e.g. `/api/milestones/:milestoneId`. */
  path: string;
}

interface RouterLayer {
  route?: { path: string; methods: Record<string, boolean> };
}

/** Every API route the running application serves (documentation pages aside), read from its Express router (not from a list kept by hand). */
export function applicationRoutes(app: INestApplication): AppRoute[] {
  const express = app.getHttpAdapter().getInstance() as { router: { stack: RouterLayer[] } };
  return (
    express.router.stack
      .flatMap((layer) =>
        layer.route
          ? Object.keys(layer.route.methods).map((method) => ({
              method: method.toUpperCase(),
              path: layer.route!.path,
            }))
          : [],
      )
      // The documentation's own pages (Swagger UI) are not API routes.
      .filter((route) => route.path.startsWith('/api/') && !/^\/api\/docs\b/.test(route.path))
      .sort((a, b) => `${a.path} ${a.method}`.localeCompare(`${b.path} ${b.method}`))
  );
}

/** `/api/milestones/:milestoneId` → `/api/milestones/{milestoneId}` (OpenAPI's form). */
export const openApiPath = (path: string) => path.replace(/:(\w+)/g, '{$1}');
