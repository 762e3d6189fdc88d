import { readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseAllDocuments } from 'yaml';

/**
 * Renders a kustomization the way `kubectl kustomize` does, for the subset deploy/k8s uses:
 * resources (files and directories), namespace, labels (metadata only), images and strategic-merge
 * patches targeted by kind and name. Anything else is refused, so the offline check can never
 * silently render something different from what the cluster would get.
 */
export interface K8sObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string>; [key: string]: unknown };
  [key: string]: unknown;
}

type Json = Record<string, unknown>;

interface Kustomization {
  resources?: string[];
  namespace?: string;
  labels?: { pairs: Record<string, string>; includeSelectors?: boolean; includeTemplates?: boolean }[];
  images?: { name: string; newName?: string; newTag?: string; digest?: string }[];
  patches?: { path: string; target: { kind: string; name: string } }[];
}

const SUPPORTED = new Set(['apiVersion', 'kind', 'resources', 'namespace', 'labels', 'images', 'patches']);
const CLUSTER_SCOPED = new Set(['Namespace', 'ClusterRole', 'ClusterRoleBinding', 'StorageClass', 'PriorityClass']);

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readYaml(path: string): unknown[] {
  return parseAllDocuments(readFileSync(path, 'utf8')).map((document) => {
    if (document.errors.length > 0) {
      throw new Error(`${path}: ${document.errors.map((error) => error.message).join('; ')}`);
    }
    return document.toJS() as unknown;
  });
}

function readKustomization(dir: string): Kustomization {
  const [document]: unknown[] = readYaml(join(dir, 'kustomization.yaml'));
  if (!isObject(document) || document.kind !== 'Kustomization') {
    throw new Error(`${dir}/kustomization.yaml is not a Kustomization`);
  }
  const unsupported = Object.keys(document).filter((key) => !SUPPORTED.has(key));
  if (unsupported.length > 0) {
    throw new Error(`${dir}/kustomization.yaml uses ${unsupported.join(', ')}, which this renderer does not support`);
  }
  for (const label of (document.labels ?? []) as unknown[]) {
    if (!isObject(label)) {
      throw new Error(`${dir}: a labels entry is not a map`);
    }
    if (label.includeSelectors === true || label.includeTemplates === true) {
      throw new Error(`${dir}: labels with includeSelectors or includeTemplates are not supported`);
    }
  }
  return document;
}

/** Strategic merge for the shapes used here: maps merge deeply, lists of named items merge by name. */
export function strategicMerge(base: unknown, patch: unknown): unknown {
  if (isObject(base) && isObject(patch)) {
    const merged: Json = { ...base };
    for (const [key, value] of Object.entries(patch)) {
      if (key.startsWith('$')) {
        throw new Error(`Patch directive ${key} is not supported`);
      }
      merged[key] = key in base ? strategicMerge(base[key], value) : value;
    }
    return merged;
  }
  if (Array.isArray(base) && Array.isArray(patch) && patch.every((item) => isObject(item) && 'name' in item)) {
    const named = (list: unknown[], name: unknown): unknown =>
      list.find((candidate) => isObject(candidate) && candidate.name === name);
    const merged: unknown[] = (base as unknown[]).map((item) => {
      const match = isObject(item) ? named(patch, item.name) : undefined;
      return match === undefined ? item : strategicMerge(item, match);
    });
    const added: unknown[] = patch.filter((item) => named(base, (item as Json).name) === undefined);
    return [...merged, ...added];
  }
  return patch;
}

/** Applies `images` to every container list in the object, wherever it is nested. */
function setImages(node: unknown, images: NonNullable<Kustomization['images']>): void {
  if (Array.isArray(node)) {
    node.forEach((item) => setImages(item, images));
    return;
  }
  if (!isObject(node)) {
    return;
  }
  for (const [key, value] of Object.entries(node)) {
    if ((key === 'containers' || key === 'initContainers') && Array.isArray(value)) {
      for (const container of value as Json[]) {
        const image = String(container.image);
        const name = image.replace(/(@.*|:[^/]*)$/, '');
        const rule = images.find((candidate) => candidate.name === name);
        if (rule !== undefined) {
          const tag =
            rule.digest !== undefined ? `@${rule.digest}` : rule.newTag !== undefined ? `:${rule.newTag}` : '';
          container.image = `${rule.newName ?? name}${tag}`;
        }
      }
    } else {
      setImages(value, images);
    }
  }
}

/** The objects `kubectl kustomize <dir>` would print, in resource order. */
export function renderKustomization(dir: string): K8sObject[] {
  const root = resolve(dir);
  const kustomization = readKustomization(root);
  let objects: K8sObject[] = [];
  for (const resource of kustomization.resources ?? []) {
    const path = resolve(root, resource);
    if (statSync(path).isDirectory()) {
      objects.push(...renderKustomization(path));
    } else {
      objects.push(...(readYaml(path) as K8sObject[]));
    }
  }
  objects = structuredClone(objects);
  for (const patch of kustomization.patches ?? []) {
    const [body] = readYaml(resolve(root, patch.path));
    const index = objects.findIndex(
      (object) => object.kind === patch.target.kind && object.metadata.name === patch.target.name,
    );
    if (index === -1) {
      throw new Error(`${root}: patch ${patch.path} matches no ${patch.target.kind}/${patch.target.name}`);
    }
    objects[index] = strategicMerge(objects[index], body) as K8sObject;
  }
  for (const object of objects) {
    for (const label of kustomization.labels ?? []) {
      object.metadata.labels = { ...object.metadata.labels, ...label.pairs };
    }
    if (kustomization.namespace !== undefined && !CLUSTER_SCOPED.has(object.kind)) {
      object.metadata.namespace = kustomization.namespace;
    }
    setImages(object, kustomization.images ?? []);
  }
  return objects;
}
