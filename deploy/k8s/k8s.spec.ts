import { join } from 'node:path';
import { Deployment } from 'kubernetes-models/apps/v1';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2';
import { CronJob, Job } from 'kubernetes-models/batch/v1';
import { Ingress, NetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1';
import { ConfigMap, PersistentVolumeClaim, Service } from 'kubernetes-models/v1';
import { describeEnv, loadAppConfig, missingInProduction } from '@groundwork/config';
import { ROOT, apiPaths, commandProblems, dockerfile, workerHealthPaths } from '../deployment-facts.js';
import { renderKustomization, strategicMerge, type K8sObject } from './kustomize-subset.js';

const MODELS: Record<string, new (data: any) => { validate(): void }> = {
  'apps/v1/Deployment': Deployment,
  'autoscaling/v2/HorizontalPodAutoscaler': HorizontalPodAutoscaler,
  'batch/v1/Job': Job,
  'batch/v1/CronJob': CronJob,
  'networking.k8s.io/v1/Ingress': Ingress,
  'networking.k8s.io/v1/NetworkPolicy': NetworkPolicy,
  'policy/v1/PodDisruptionBudget': PodDisruptionBudget,
  'v1/ConfigMap': ConfigMap,
  'v1/PersistentVolumeClaim': PersistentVolumeClaim,
  'v1/Service': Service,
};

const production = renderKustomization(join(ROOT, 'deploy/k8s/overlays/production'));
const base = renderKustomization(join(ROOT, 'deploy/k8s/base'));
const env = describeEnv();
/** Variables a pod may set to a literal: settings that are no secret (SMTP_URL's stand-in). */
const LITERAL_ENV = new Set(['MAIL_TRANSPORT']);

function one(objects: K8sObject[], kind: string, name?: string): any {
  const found = objects.filter(
    (object) => object.kind === kind && (name === undefined || object.metadata.name === name),
  );
  expect(found).toHaveLength(1);
  return found[0];
}

/** Every pod template: the Deployment's, the Job's and the CronJob's. */
function podTemplates(objects: K8sObject[]): [string, any][] {
  return objects.flatMap((object: any): [string, any][] => {
    if (object.kind === 'Deployment' || object.kind === 'Job') {
      return [[`${object.kind}/${object.metadata.name}`, object.spec.template]];
    }
    if (object.kind === 'CronJob') {
      return [[`CronJob/${object.metadata.name}`, object.spec.jobTemplate.spec.template]];
    }
    return [];
  });
}

function matches(selector: Record<string, string>, labels: Record<string, string>): boolean {
  return Object.entries(selector).every(([key, value]) => labels[key] === value);
}

const config = one(production, 'ConfigMap', 'groundwork-config').data as Record<string, string>;

describe('The Kubernetes manifests (deploy/k8s), rendered offline', () => {
  it.each([
    ['base', base],
    ['production', production],
  ])('%s: every object is valid against the Kubernetes schemas, and no Secret value is committed', (_name, objects) => {
    expect(objects.length).toBeGreaterThan(0);
    for (const object of objects) {
      const Model = MODELS[`${object.apiVersion}/${object.kind}`];
      expect(Model).toBeDefined();
      expect(() => new Model!(object).validate()).not.toThrow();
      expect(object.kind).not.toBe('Secret');
    }
  });

  it('the validation is real: a malformed Deployment is refused', () => {
    const deployment = one(production, 'Deployment', 'groundwork-api');
    const broken = strategicMerge(deployment, { spec: { replicas: 'three' } });
    expect(() => new Deployment(broken as any).validate()).toThrow();
  });

  it('production has the whole set, in its namespace, with a pinned image', () => {
    expect(production.map((object) => `${object.kind}/${object.metadata.name}`).sort()).toEqual(
      [
        'ConfigMap/groundwork-config',
        'CronJob/groundwork-backup',
        'Deployment/groundwork-api',
        'Deployment/groundwork-worker',
        'HorizontalPodAutoscaler/groundwork-api',
        'Ingress/groundwork-api',
        'Job/groundwork-migrate',
        'NetworkPolicy/groundwork',
        'NetworkPolicy/groundwork-worker-webhooks',
        'PersistentVolumeClaim/groundwork-backups',
        'PodDisruptionBudget/groundwork-api',
        'PodDisruptionBudget/groundwork-worker',
        'Service/groundwork-api',
      ].sort(),
    );
    for (const object of production) {
      expect(object.metadata.namespace).toBe('groundwork');
    }
    for (const [, template] of podTemplates(production)) {
      for (const container of template.spec.containers) {
        expect(container.image).toMatch(/^[^:]+:\d+\.\d+\.\d+$/);
      }
    }
    expect(one(production, 'Deployment', 'groundwork-api').spec.replicas).toBe(3);
  });

  it('every pod runs non-root with a read-only root filesystem, no capabilities, no escalation, and bounded resources', () => {
    for (const [name, template] of podTemplates(production)) {
      const pod = template.spec;
      expect([name, pod.securityContext.runAsNonRoot]).toEqual([name, true]);
      expect(pod.automountServiceAccountToken).toBe(false);
      for (const container of pod.containers) {
        expect(container.securityContext).toMatchObject({
          allowPrivilegeEscalation: false,
          readOnlyRootFilesystem: true,
          capabilities: { drop: ['ALL'] },
        });
        expect(container.resources.requests).toEqual({ cpu: expect.any(String), memory: expect.any(String) });
        expect(container.resources.limits.memory).toEqual(expect.any(String));
        // The read-only root needs a writable /tmp, from an emptyDir.
        const tmp = container.volumeMounts.find((mount: any) => mount.mountPath === '/tmp');
        expect(pod.volumes.find((volume: any) => volume.name === tmp?.name)?.emptyDir).toBeDefined();
      }
    }
  });

  it('every container runs a command the app has, with environment variables the configuration knows and accepts', () => {
    const secretSample: Record<string, string> = {
      DATABASE_URL: 'postgres://groundwork:secret@postgres:5432/groundwork',
      JWT_SECRET: 'x'.repeat(48),
      REDIS_URL: 'redis://redis:6379',
      SMTP_URL: 'smtps://user:pass@smtp.example.com:465',
    };
    for (const [name, template] of podTemplates(production)) {
      for (const container of template.spec.containers) {
        const argv: string[] = container.command;
        // A shell script (the backup job) is checked line by line for the commands it runs.
        const commandLines =
          argv[0] === '/bin/sh'
            ? [...argv.at(-1)!.matchAll(/^\s*(node .+)$/gm)].map((m) => m[1]!.split(/\s+/))
            : [argv];
        expect(commandLines.length).toBeGreaterThan(0);
        for (const line of commandLines) {
          expect([name, commandProblems(line)]).toEqual([name, []]);
        }

        const names = [
          ...container.env.map((variable: any) => variable.name),
          ...container.envFrom.flatMap((source: any) =>
            source.configMapRef ? Object.keys(one(production, 'ConfigMap', source.configMapRef.name).data) : [],
          ),
        ];
        expect(names.filter((variable: string) => !env.variables.includes(variable))).toEqual([]);
        const literals = Object.fromEntries(
          container.env.filter((v: any) => v.value !== undefined).map((v: any) => [v.name, v.value]),
        );
        const values = Object.fromEntries(
          names.map((variable: string) => [variable, literals[variable] ?? config[variable] ?? secretSample[variable]]),
        );
        expect([name, missingInProduction(env, values)]).toEqual([name, []]);
        expect(() => loadAppConfig(values)).not.toThrow();
        for (const variable of container.env) {
          if (variable.value === undefined) {
            expect(variable.valueFrom.secretKeyRef.name).toBe('groundwork-secrets');
            // A required secret is never optional: the pod fails to start, visibly, without it.
            expect([variable.name, variable.valueFrom.secretKeyRef.optional]).toEqual([variable.name, undefined]);
          } else {
            expect([variable.name, LITERAL_ENV.has(variable.name)]).toEqual([variable.name, true]);
          }
        }
      }
    }
  });

  it("the Deployment probes the app's health endpoints on its port and drains within the grace period", () => {
    const deployment = one(production, 'Deployment', 'groundwork-api');
    const pod = deployment.spec.template.spec;
    const [api] = pod.containers;
    const paths = apiPaths();
    const port = api.ports.find((p: any) => p.name === 'http');
    expect(port.containerPort).toBe(Number(config.PORT));
    expect(api.startupProbe.httpGet).toEqual({ path: '/health/live', port: 'http' });
    expect(api.livenessProbe.httpGet).toEqual({ path: '/health/live', port: 'http' });
    expect(api.readinessProbe.httpGet).toEqual({ path: '/health/ready', port: 'http' });
    for (const probe of [api.startupProbe, api.livenessProbe, api.readinessProbe]) {
      expect(paths.has(probe.httpGet.path)).toBe(true);
    }
    const docker = dockerfile();
    expect(api.command).toEqual(docker.cmd);
    expect(docker.expose).toBe(port.containerPort);
    expect(paths.has(docker.healthPath)).toBe(true);

    // The app drains itself (serving while endpoints update, then finishing in-flight requests), as
    // configured; a preStop pause, if any, comes before it. The grace period must cover all of it.
    const { http } = loadAppConfig({ ...config, JWT_SECRET: 'x'.repeat(48), SMTP_URL: 'smtp://smtp.example.com' });
    const pauseMs = Number(api.lifecycle?.preStop?.exec?.command?.[1] ?? 0) * 1000;
    const drainMs = http.shutdownDrainDelayMs + http.shutdownTimeoutMs;
    expect(pod.terminationGracePeriodSeconds * 1000).toBeGreaterThanOrEqual(pauseMs + drainMs + 2_000);
    expect(pod.topologySpreadConstraints.map((c: any) => c.topologyKey)).toEqual(
      expect.arrayContaining(['topology.kubernetes.io/zone', 'kubernetes.io/hostname']),
    );
  });

  it('the worker Deployment runs the jobs (API pods only enqueue), probed on its own port, draining running jobs', () => {
    const deployment = one(production, 'Deployment', 'groundwork-worker');
    const pod = deployment.spec.template.spec;
    const [worker] = pod.containers;
    expect(worker.command).toEqual(['node', 'dist/apps/worker/src/main.js']);
    const { jobs, http } = loadAppConfig({
      ...config,
      JWT_SECRET: 'x'.repeat(48),
      SMTP_URL: 'smtp://smtp.example.com',
    });
    // The API pods share the ConfigMap: with the worker deployed they must not run handlers too.
    expect(jobs.mode).toBe('off');
    const port = worker.ports.find((p: any) => p.name === 'health');
    expect(port.containerPort).toBe(jobs.workerPort);
    const served = workerHealthPaths();
    for (const probe of [worker.startupProbe, worker.livenessProbe, worker.readinessProbe]) {
      expect(probe.httpGet.port).toBe('health');
      expect(served.has(probe.httpGet.path)).toBe(true);
    }
    expect(worker.readinessProbe.httpGet.path).toBe('/health/ready');
    // Its /metrics (job durations, failures, dead letters, queue depth) is declared, and Prometheus
    // may reach it: the shared policy selects the worker's pods and admits METRICS_PORT.
    const metricsPort = worker.ports.find((p: any) => p.name === 'metrics');
    expect(metricsPort.containerPort).toBe(Number(config.METRICS_PORT));
    const shared = one(production, 'NetworkPolicy', 'groundwork');
    expect(matches(shared.spec.podSelector.matchLabels, deployment.spec.template.metadata.labels)).toBe(true);
    const scrape = shared.spec.ingress.find((rule: any) =>
      rule.from.some(
        (peer: any) => peer.namespaceSelector?.matchLabels['kubernetes.io/metadata.name'] === 'monitoring',
      ),
    );
    expect(scrape.ports).toEqual([{ protocol: 'TCP', port: metricsPort.containerPort }]);
    expect(pod.terminationGracePeriodSeconds * 1000).toBeGreaterThanOrEqual(http.shutdownTimeoutMs + 2_000);
    const pdb = one(production, 'PodDisruptionBudget', 'groundwork-worker');
    expect(matches(pdb.spec.selector.matchLabels, deployment.spec.template.metadata.labels)).toBe(true);

    // Webhook deliveries leave from the worker only, to public addresses on the web's ports.
    const webhooks = one(production, 'NetworkPolicy', 'groundwork-worker-webhooks');
    expect(matches(webhooks.spec.podSelector.matchLabels, deployment.spec.template.metadata.labels)).toBe(true);
    const api = one(production, 'Deployment', 'groundwork-api');
    expect(matches(webhooks.spec.podSelector.matchLabels, api.spec.template.metadata.labels)).toBe(false);
    expect(webhooks.spec.egress[0].ports.map((p: any) => p.port).sort()).toEqual([443, 80].sort());
    expect(webhooks.spec.egress[0].to[0].ipBlock.except).toEqual(
      expect.arrayContaining(['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', '169.254.0.0/16']),
    );
  });

  it('the Service, HPA, PDB, Ingress and NetworkPolicy point at what exists', () => {
    const deployment = one(production, 'Deployment', 'groundwork-api');
    const podLabels = deployment.spec.template.metadata.labels;
    const service = one(production, 'Service');
    expect(matches(service.spec.selector, podLabels)).toBe(true);
    const containerPorts = deployment.spec.template.spec.containers[0].ports.map((p: any) => p.name);
    expect(containerPorts).toContain(service.spec.ports[0].targetPort);

    const hpa = one(production, 'HorizontalPodAutoscaler');
    expect(hpa.spec.scaleTargetRef).toEqual({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      name: deployment.metadata.name,
    });
    expect(hpa.spec.minReplicas).toBeGreaterThanOrEqual(2);
    const pdb = one(production, 'PodDisruptionBudget', 'groundwork-api');
    expect(matches(pdb.spec.selector.matchLabels, podLabels)).toBe(true);

    const ingress = one(production, 'Ingress');
    const backend = ingress.spec.rules[0].http.paths[0].backend.service;
    expect(backend).toEqual({ name: service.metadata.name, port: { name: service.spec.ports[0].name } });
    expect(ingress.spec.tls[0].secretName).toEqual(expect.any(String));

    const policy = one(production, 'NetworkPolicy', 'groundwork');
    for (const [name, template] of podTemplates(production)) {
      expect([name, matches(policy.spec.podSelector.matchLabels, template.metadata.labels)]).toEqual([name, true]);
    }
    expect(policy.spec.policyTypes).toEqual(['Ingress', 'Egress']);
    expect(policy.spec.ingress).toHaveLength(2);
    expect(policy.spec.ingress[0].from[0].namespaceSelector.matchLabels).toEqual({
      'kubernetes.io/metadata.name': 'ingress-nginx',
    });
    expect(policy.spec.ingress[0].ports).toEqual([{ protocol: 'TCP', port: Number(config.PORT) }]);
    // Only Prometheus reaches /metrics, on its own port, which the API container declares.
    expect(policy.spec.ingress[1].from[0].namespaceSelector.matchLabels).toEqual({
      'kubernetes.io/metadata.name': 'monitoring',
    });
    expect(policy.spec.ingress[1].ports).toEqual([{ protocol: 'TCP', port: Number(config.METRICS_PORT) }]);
    const metricsPort = deployment.spec.template.spec.containers[0].ports.find((p: any) => p.name === 'metrics');
    expect(metricsPort.containerPort).toBe(Number(config.METRICS_PORT));
    const egressPorts = policy.spec.egress.flatMap((rule: any) => rule.ports.map((p: any) => p.port));
    // 4318: OTLP over HTTP, so traces reach a collector when OTEL_EXPORTER_OTLP_ENDPOINT is set.
    expect(egressPorts).toEqual(expect.arrayContaining([53, 5432, 6379, 587, 4318]));
  });

  it('the migration Job migrates and the backup CronJob writes to its volume, one run at a time', () => {
    const job = one(production, 'Job');
    expect(job.spec.template.spec.containers[0].command).toEqual(['node', 'dist/apps/cli/src/main.js', 'migrate']);
    expect(job.spec.template.spec.restartPolicy).toBe('Never');
    expect(config.DATABASE_MIGRATE_ON_START).toBe('false');

    const cron = one(production, 'CronJob');
    expect(cron.spec.concurrencyPolicy).toBe('Forbid');
    const pod = cron.spec.jobTemplate.spec.template.spec;
    const script: string = pod.containers[0].command.at(-1);
    expect(script).toMatch(/file="\/backups\/[^"]+"\n.*main\.js backup --out "\$file"/);
    expect(script).toMatch(/main\.js backup:verify --in/);
    const mount = pod.containers[0].volumeMounts.find((m: any) => m.mountPath === '/backups');
    const volume = pod.volumes.find((v: any) => v.name === mount.name);
    expect(volume.persistentVolumeClaim.claimName).toBe(one(production, 'PersistentVolumeClaim').metadata.name);
  });

  it('the renderer refuses what it does not implement instead of rendering it wrong', () => {
    expect(() => strategicMerge({ a: 1 }, { $patch: 'delete' })).toThrow(/not supported/);
    expect(strategicMerge({ list: [{ name: 'a', x: 1 }, { name: 'b' }] }, { list: [{ name: 'a', y: 2 }] })).toEqual({
      list: [{ name: 'a', x: 1, y: 2 }, { name: 'b' }],
    });
  });
});
