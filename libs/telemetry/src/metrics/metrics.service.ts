import { Injectable } from '@nestjs/common';
import { Counter, Gauge, Histogram, type Metric, Registry } from 'prom-client';
import {
  type AnyMetricDefinition,
  type HistogramDefinition,
  labelCombinations,
  type MetricDefinition,
} from './metric-definition.js';

type Collect<T> = (this: T) => void | Promise<void>;

/**
 * The app's metric registry. Libs create their metrics here from declarations (idempotent by name,
 * so two libs may share one); the /metrics endpoint renders it. One registry per app instance.
 */
@Injectable()
export class Metrics {
  readonly registry = new Registry();

  counter<L extends string = never>(definition: MetricDefinition<L>): Counter<L> {
    return this.getOrCreate(definition, () => {
      const counter = new Counter<L>({ ...this.base(definition), registers: [this.registry] });
      for (const labels of labelCombinations(definition)) {
        counter.inc(labels, 0);
      }
      return counter;
    });
  }

  gauge<L extends string = never>(definition: MetricDefinition<L>, collect?: Collect<Gauge<L>>): Gauge<L> {
    return this.getOrCreate(
      definition,
      () => new Gauge<L>({ ...this.base(definition), registers: [this.registry], collect }),
    );
  }

  histogram<L extends string = never>(definition: HistogramDefinition<L>): Histogram<L> {
    return this.getOrCreate(definition, () => {
      const histogram = new Histogram<L>({
        ...this.base(definition),
        buckets: [...definition.buckets],
        registers: [this.registry],
      });
      for (const labels of labelCombinations(definition)) {
        histogram.zero(labels);
      }
      return histogram;
    });
  }

  /** Creates a declared metric (features' declarations are registered at boot, before any event). */
  register(definition: AnyMetricDefinition): Metric {
    switch (definition.kind) {
      case 'counter':
        return this.counter(definition);
      case 'gauge':
        return this.gauge(definition);
      case 'histogram':
        return this.histogram(definition as HistogramDefinition<string>);
    }
  }

  private base<L extends string>(definition: MetricDefinition<L>): { name: string; help: string; labelNames: L[] } {
    return { name: definition.name, help: definition.help, labelNames: [...(definition.labelNames ?? [])] };
  }

  private getOrCreate<T extends Metric>(definition: { name: string }, create: () => T): T {
    return (this.registry.getSingleMetric(definition.name) as T | undefined) ?? create();
  }
}
