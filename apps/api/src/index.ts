// What other packages (web tests, tools) use of the API.
export { createApp, startApi, type StartApiOptions } from './app/server';
export { appDataSource, prepareDatabase, servedSchema } from './app/compose';
export { seedDemoData, DEMO_PASSWORD, DEMO_DOMAIN, DEMO_RESELLERS } from './app/seed';
export { measureQuery, type QueryMeasure } from './kernel/query-limits';
/** The served schema (with permissions), as the web's tests measure queries against it. */
export { servedSchema as buildSchema } from './app/compose';
export { config } from './kernel/config';
