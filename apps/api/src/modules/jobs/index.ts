// The public face of the jobs module: other modules and the app import only from here.
export { jobsModule } from './jobs.module';
export * from './job-runner';
