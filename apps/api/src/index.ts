// The API's public entry for the other apps (the CLI): they import nothing else from apps/api.
export { AppModule, FEATURES, platformModules } from './app.module.js';
export { createApp, type CreateAppOptions } from './create-app.js';
export { exitOnStartFailure } from './serve.js';
