/** A route as Nest's execution context names it: the handler function and its controller class. */
type RoutePart = object;

/**
 * A value per route, computed on first use: route metadata is fixed once the app is built, so
 * guards that read it on every request read it once. Keyed by handler and controller together,
 * since a handler may be inherited by another controller with other class-level metadata.
 */
export class RouteMemo<T> {
  private readonly byHandler = new WeakMap<RoutePart, WeakMap<RoutePart, T>>();

  get(handler: RoutePart, controller: RoutePart, compute: () => T): T {
    let byController = this.byHandler.get(handler);
    if (byController === undefined) {
      byController = new WeakMap();
      this.byHandler.set(handler, byController);
    }
    if (!byController.has(controller)) {
      byController.set(controller, compute());
    }
    return byController.get(controller) as T;
  }
}
