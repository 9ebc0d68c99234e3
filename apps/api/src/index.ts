// What other packages (web tests, tools) use of the API.
export { createApp, startApi, type StartApiOptions } from './app';
export { createDataSource } from './db/data-source';
export { prepareDatabase } from './db/prepare';
export { seedDemoData, DEMO_PASSWORD, DEMO_DOMAIN, DEMO_RESELLERS } from './seed/demo';
export { measureQuery, type QueryMeasure } from './graphql/query-limits';
export { buildSchema } from './graphql/schema';
export { config } from './config';
