import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigMap, Secret, Service } from 'kubernetes-models/v1';
import { Deployment } from 'kubernetes-models/apps/v1';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2';
import { Job } from 'kubernetes-models/batch/v1';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1';
import { parseAllDocuments } from 'yaml';
import { CONFIG_VARIABLES, loadConfig } from '@pejling/server';

const DEPLOY = join(__dirname, '../../deploy');

/** The kinds the manifests may hold, each with the model that checks it against its schema. */
const MODELS = {
  'v1/ConfigMap': ConfigMap,
  'v1/Secret': Secret,
  'v1/Service': Service,
  'apps/v1/Deployment': Deployment,
  'batch/v1/Job': Job,
  'autoscaling/v2/HorizontalPodAutoscaler': HorizontalPodAutoscaler,
  'policy/v1/PodDisruptionBudget': PodDisruptionBudget,
} as const;

type Kind = keyof typeof MODELS;
type Manifest = { apiVersion: string; kind: string; metadata: { name: string } } & Record<
  string,
  // Read as the YAML says; each test looks only where the kind has it.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  any
>;

const read = (file: string): Manifest[] =>
  parseAllDocuments(readFileSync(join(DEPLOY, file), 'utf8')).map((doc) => {
    if (doc.errors.length) throw new Error(`${file}: ${doc.errors[0].message}`);
    return doc.toJS() as Manifest;
  });

const kustomization = read('kustomization.yaml')[0];
const files = readdirSync(DEPLOY).filter((f) => f.endsWith('.yaml') && f !== 'kustomization.yaml');
const manifests = files.flatMap((file) => read(file).map((manifest) => ({ file, manifest })));
const find = (kind: string, name: string) =>
  manifests.find(({ manifest }) => manifest.kind === kind && manifest.metadata.name === name)
    ?.manifest;
const ofKind = (kind: string) =>
  manifests.filter(({ manifest }) => manifest.kind === kind).map(({ manifest }) => manifest);
/** Every pod template: the Deployments' and the Job's. */
const podSpecs = [...ofKind('Deployment'), ...ofKind('Job')].map((m) => ({
  name: m.metadata.name as string,
  labels: m.spec.template.metadata.labels as Record<string, string>,
  spec: m.spec.template.spec,
}));
const containersOf = (spec: { containers: object[]; initContainers?: object[] }) =>
  [...(spec.initContainers ?? []), ...spec.containers] as Manifest[];
const matches = (selector: Record<string, string>, labels: Record<string, string>) =>
  Object.entries(selector).every(([key, value]) => labels[key] === value);

/** deploy/: the manifests `kubectl apply -k deploy/` applies, checked without a cluster. */
describe('the Kubernetes manifests', () => {
  it('are all listed in kustomization.yaml, which names an image for each one they use', () => {
    expect([...kustomization.resources].sort()).toEqual([...files].sort());
    const images = podSpecs.flatMap(({ spec }) => containersOf(spec).map((c) => c.image));
    const named = kustomization.images.map((image: { name: string }) => image.name);
    expect([...new Set(images)].sort()).toEqual([...named].sort());
  });

  it.each(
    manifests.map(({ file, manifest }) => [file, manifest.kind, manifest.metadata.name, manifest]),
  )('%s: %s %s is valid against the Kubernetes schema', (_file, _kind, _name, manifest) => {
    const key = `${manifest.apiVersion}/${manifest.kind}` as Kind;
    expect(Object.keys(MODELS)).toContain(key);
    expect(() => new MODELS[key](manifest as never).validate()).not.toThrow();
  });

  it('gives every pod only configuration that exists, and the app accepts it', () => {
    for (const { spec } of podSpecs) {
      for (const container of containersOf(spec)) {
        for (const source of container.envFrom) {
          if (source.configMapRef)
            expect(find('ConfigMap', source.configMapRef.name)).toBeDefined();
          if (source.secretRef) expect(find('Secret', source.secretRef.name)).toBeDefined();
        }
      }
    }
    const env = Object.fromEntries(
      [
        ...ofKind('ConfigMap').map((m) => m.data),
        ...ofKind('Secret').map((m) => m.stringData),
      ].flatMap((values) => Object.entries(values as Record<string, string>)),
    );
    // No setting the app would not read (a misspelt name is silently ignored otherwise).
    expect(Object.keys(env).filter((name) => !CONFIG_VARIABLES.includes(name))).toEqual([]);
    const config = loadConfig(env);
    expect(config).toMatchObject({ env: 'production', port: 3000 });
    // Each process's metrics port is the one its container declares.
    const metricsPort = (name: string) =>
      find('Deployment', name)?.spec.template.spec.containers[0].ports.find(
        (port: { name: string }) => port.name === 'metrics',
      )?.containerPort;
    expect(metricsPort('pejling-api')).toBe(config.metricsPort);
    expect(metricsPort('pejling-worker')).toBe(config.workerMetricsPort);
  });

  it('migrates before the API serves, and never in a worker', () => {
    const migrate = ['node', 'dist/apps/api/apps/api/src/cli.js', 'migrate'];
    expect(
      containersOf(find('Job', 'pejling-migrate')?.spec.template.spec).map((c) => c.command),
    ).toEqual([migrate]);
    const api = find('Deployment', 'pejling-api')?.spec.template.spec;
    expect(api.initContainers.map((c: Manifest) => c.command)).toEqual([migrate]);
    expect(api.containers[0].command).toEqual(['node', 'dist/apps/api/apps/api/src/main.js']);
    const worker = find('Deployment', 'pejling-worker')?.spec.template.spec;
    expect(JSON.stringify(worker)).not.toContain('migrate');
  });

  it('probes the API: ready when its database and Redis answer, alive while the process does', () => {
    const api = find('Deployment', 'pejling-api')?.spec.template.spec.containers[0];
    const port = api.ports[0].name;
    expect([api.readinessProbe, api.livenessProbe, api.startupProbe].map((p) => p.httpGet)).toEqual(
      [
        { path: '/api/health', port },
        { path: '/api/health/live', port },
        { path: '/api/health/live', port },
      ],
    );
  });

  it('points the Service, the autoscaler and the disruption budgets at the pods they mean', () => {
    const api = podSpecs.find((p) => p.name === 'pejling-api');
    const worker = podSpecs.find((p) => p.name === 'pejling-worker');
    const service = find('Service', 'pejling-api');
    expect(matches(service?.spec.selector, api?.labels ?? {})).toBe(true);
    expect(matches(service?.spec.selector, worker?.labels ?? {})).toBe(false);
    expect(service?.spec.ports[0].targetPort).toBe('http');
    const hpa = find('HorizontalPodAutoscaler', 'pejling-api');
    expect(hpa?.spec.scaleTargetRef).toEqual({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      name: 'pejling-api',
    });
    // The autoscaler owns the API's number of pods; an apply must not reset it.
    expect(find('Deployment', 'pejling-api')?.spec.replicas).toBeUndefined();
    const budgets = ofKind('PodDisruptionBudget').map((pdb) =>
      podSpecs.filter((p) => matches(pdb.spec.selector.matchLabels, p.labels)).map((p) => p.name),
    );
    expect(budgets).toEqual([['pejling-api'], ['pejling-worker']]);
  });
});
