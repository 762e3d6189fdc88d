import { Controller, Get, Injectable, SetMetadata } from '@nestjs/common';
import { context, trace } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { InMemorySpanExporter, SimpleSpanProcessor, TracerProvider } from '@opentelemetry/sdk-trace';
import { activeTraceIds } from './trace-context.js';
import { traceInstance, Untraced } from './instance-tracing.js';

@Injectable()
class GreetingService {
  greet(name: string): string {
    return `hello ${name} from ${this.constructor.name}`;
  }

  greetTwice(name: string): string {
    return `${this.greet(name)}; ${this.greet(name)}`;
  }

  async fail(): Promise<never> {
    await Promise.resolve();
    throw new Error('boom');
  }
}

@Controller('greetings')
class GreetingController {
  constructor(private readonly service: GreetingService) {}

  @Get()
  @SetMetadata('marker', 'kept')
  hello(): Promise<string> {
    return Promise.resolve(this.service.greet('ada'));
  }
}

@Injectable()
@Untraced()
class SpanOpeningRunner {
  run(): number {
    return 2;
  }
}

class PlainHelper {
  work(): number {
    return 1;
  }
}

describe(traceInstance.name, () => {
  const exporter = new InMemorySpanExporter();
  const contextManager = new AsyncLocalStorageContextManager().enable();
  const provider = new TracerProvider({ spanProcessors: [new SimpleSpanProcessor({ exporter })] });
  const tracer = provider.getTracer('spec');

  beforeAll(() => {
    context.setGlobalContextManager(contextManager);
    trace.setGlobalTracerProvider(provider);
  });
  afterAll(async () => {
    trace.disable();
    context.disable();
    await provider.shutdown();
  });
  beforeEach(() => exporter.reset());

  const inRequest = <T>(work: () => Promise<T>): Promise<T> =>
    tracer.startActiveSpan('GET /greetings', async (span) => {
      try {
        return await work();
      } finally {
        span.end();
      }
    });

  it('opens a span per call, named Class.method, nested under the active span, keeping route metadata', async () => {
    const service = traceInstance(new GreetingService()) as GreetingService;
    const controller = traceInstance(new GreetingController(service)) as GreetingController;
    // Nest reads a handler's metadata from the prototype it scans for routes.
    const handler = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(controller), 'hello')?.value as object;
    expect(Reflect.getMetadata('marker', handler)).toBe('kept');
    expect(Reflect.getMetadata('path', handler)).toBe('/');
    expect(controller).toBeInstanceOf(GreetingController);

    expect(await inRequest(() => controller.hello())).toBe('hello ada from GreetingService');
    const spans = exporter.getFinishedSpans();
    const byName = new Map(spans.map((span) => [span.name, span]));
    expect([...byName.keys()].sort()).toEqual(['GET /greetings', 'GreetingController.hello', 'GreetingService.greet']);
    expect(byName.get('GreetingController.hello')!.parentSpanContext?.spanId).toBe(
      byName.get('GET /greetings')!.spanContext().spanId,
    );
    expect(byName.get('GreetingService.greet')!.parentSpanContext?.spanId).toBe(
      byName.get('GreetingController.hello')!.spanContext().spanId,
    );
    expect(byName.get('GreetingController.hello')!.attributes).toEqual({
      'code.function.name': 'GreetingController.hello',
      'nestjs.type': 'controller',
    });
  });

  it('opens one span per call into a component, not for its calls to its own methods', async () => {
    const service = traceInstance(new GreetingService()) as GreetingService;
    await inRequest(() => Promise.resolve(service.greetTwice('eve')));
    expect(exporter.getFinishedSpans().map((span) => span.name)).toEqual([
      'GreetingService.greetTwice',
      'GET /greetings',
    ]);
  });

  it('marks a rejected call as an error and rethrows it', async () => {
    const service = traceInstance(new GreetingService()) as GreetingService;
    await expect(inRequest(() => service.fail())).rejects.toThrow('boom');
    const failed = exporter.getFinishedSpans().find((span) => span.name === 'GreetingService.fail')!;
    expect(failed.status.code).toBe(2);
    expect(failed.events.map((event) => event.name)).toContain('exception');
  });

  it('records nothing outside a trace, and leaves classes Nest did not decorate, or marked @Untraced, alone', async () => {
    const service = traceInstance(new GreetingService()) as GreetingService;
    expect(service.greet('bob')).toBe('hello bob from GreetingService');
    const helper = new PlainHelper();
    expect(traceInstance(helper)).toBe(helper);
    expect(Object.getPrototypeOf(helper)).toBe(PlainHelper.prototype);
    const runner = new SpanOpeningRunner();
    expect(traceInstance(runner)).toBe(runner);
    expect(Object.getPrototypeOf(runner)).toBe(SpanOpeningRunner.prototype);
    expect(traceInstance(undefined)).toBeUndefined();
    await Promise.resolve();
    expect(exporter.getFinishedSpans()).toEqual([]);
  });

  it('gives log lines the ids of the active sampled span', async () => {
    expect(activeTraceIds()).toEqual({});
    await inRequest(() => {
      const span = trace.getActiveSpan()!.spanContext();
      expect(activeTraceIds()).toEqual({ trace_id: span.traceId, span_id: span.spanId });
      return Promise.resolve();
    });
  });
});
