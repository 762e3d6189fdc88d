import { context, createContextKey, trace } from '@opentelemetry/api';
import { recordFailure, tracer } from './trace-context.js';

type Method = (...args: unknown[]) => unknown;

/** The instance whose traced method is running: its calls to its own methods get no span of their own. */
const CURRENT_INSTANCE = createContextKey('groundwork.nest.instance');

/** Framework classes that are injected everywhere but say nothing about a request's work. */
const SKIPPED_CLASSES = new Set(['Reflector', 'ModuleRef', 'HttpAdapterHost', 'ValidationPipe', 'ConfigService']);
const LIFECYCLE = new Set([
  'constructor',
  'onModuleInit',
  'onApplicationBootstrap',
  'onModuleDestroy',
  'beforeApplicationShutdown',
  'onApplicationShutdown',
]);
/** Methods Nest itself calls on an injectable, traced even when a framework base class defines them. */
const ENTRY_POINTS = ['canActivate', 'intercept', 'catch'];

const UNTRACED = Symbol('groundwork:untraced');

/** For a provider that opens spans of its own (the job runner's `job <name>`): no Nest-level spans. */
export function Untraced(): ClassDecorator {
  return (target) => Reflect.defineMetadata(UNTRACED, true, target);
}

function kindOf(type: new (...args: never[]) => unknown, instance: object): string | undefined {
  if (Reflect.getMetadata(UNTRACED, type) === true) {
    return undefined;
  }
  if (Reflect.getMetadata('__controller__', type) === true) {
    return 'controller';
  }
  if (Reflect.getMetadata('__injectable__', type) !== true || SKIPPED_CLASSES.has(type.name)) {
    return undefined;
  }
  const methods = instance as Partial<Record<string, unknown>>;
  if (typeof methods.warn === 'function' && typeof methods.error === 'function') {
    return undefined; // loggers: a span per log line would drown the trace
  }
  return typeof methods.canActivate === 'function' ? 'guard' : 'provider';
}

function traced(name: string, kind: string, method: Method): Method {
  const attributes = { 'code.function.name': name, 'nestjs.type': kind };
  const deferred = method.name === 'intercept';
  const wrapper = function (this: unknown, ...args: unknown[]): unknown {
    // Spans only inside a recorded trace (boot, shutdown, timers and unsampled requests stay out),
    // and one per call into a component: its helpers calling each other are part of that span.
    const active = context.active();
    if (trace.getSpan(active)?.isRecording() !== true || active.getValue(CURRENT_INSTANCE) === this) {
      return method.apply(this, args);
    }
    const span = tracer().startSpan(name, { attributes }, active);
    if (deferred) {
      // An interceptor's next.handle() binds the context it is called in: run it in the caller's, or
      // the controller would run under this span after it ended (and get no span of its own).
      try {
        return method.apply(this, args);
      } catch (error) {
        recordFailure(span, error);
        throw error;
      } finally {
        span.end();
      }
    }
    return context.with(trace.setSpan(active, span).setValue(CURRENT_INSTANCE, this), () => {
      try {
        const result = method.apply(this, args);
        if (result instanceof Promise) {
          return result.then(
            (value: unknown) => {
              span.end();
              return value;
            },
            (error: unknown) => {
              recordFailure(span, error);
              span.end();
              throw error;
            },
          );
        }
        span.end();
        return result;
      } catch (error) {
        recordFailure(span, error);
        span.end();
        throw error;
      }
    });
  };
  // Route, guard and throttling decorators keep their metadata on the handler function itself.
  for (const key of Reflect.getOwnMetadataKeys(method)) {
    Reflect.defineMetadata(key, Reflect.getOwnMetadata(key, method), wrapper);
  }
  Object.defineProperty(wrapper, 'name', { value: method.name });
  return wrapper;
}

/**
 * Nest 12's `instrument.instanceDecorator`: controllers, guards and providers get a span per method
 * call, named Class.method. The wrappers sit on a prototype inserted between the instance and its
 * class, because Nest calls controller handlers through the prototype it scans for routes.
 */
export function traceInstance(instance: unknown): unknown {
  if (typeof instance !== 'object' || instance === null) {
    return instance;
  }
  const prototype = Object.getPrototypeOf(instance) as object | null;
  const type = prototype?.constructor as (new (...args: never[]) => unknown) | undefined;
  const kind = type === undefined ? undefined : kindOf(type, instance);
  if (prototype === null || type === undefined || kind === undefined) {
    return instance;
  }
  const names = new Set(Object.getOwnPropertyNames(prototype));
  for (const entry of ENTRY_POINTS) {
    names.add(entry);
  }
  const layer = Object.create(prototype) as Record<string, unknown>;
  let wrapped = 0;
  for (const name of names) {
    const descriptor = findDescriptor(prototype, name);
    if (LIFECYCLE.has(name) || typeof descriptor?.value !== 'function') {
      continue;
    }
    layer[name] = traced(`${type.name}.${name}`, kind, descriptor.value as Method);
    wrapped += 1;
  }
  if (wrapped > 0) {
    Object.setPrototypeOf(instance, layer);
  }
  return instance;
}

function findDescriptor(prototype: object, name: string): PropertyDescriptor | undefined {
  for (let current: object | null = prototype; current && current !== Object.prototype;) {
    const descriptor = Object.getOwnPropertyDescriptor(current, name);
    if (descriptor) {
      return descriptor;
    }
    current = Object.getPrototypeOf(current) as object | null;
  }
  return undefined;
}
