// The feature modules the API serves: one export per line, and adding a module is adding its line
// (the generator appends it). app.module.ts reads this file as a namespace, so the modules are wired
// in the alphabetical order of their names whatever the line order (an ES module namespace lists its
// exports sorted); nothing depends on it: a module imports what it needs, migrations run by timestamp.
export { AuthModule } from '@groundwork/auth';
export { UsersModule } from '@groundwork/users';
export { WebhooksModule } from '@groundwork/webhooks';
