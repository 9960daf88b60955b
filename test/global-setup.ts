/** Names the vitest run, so that each build the tests need is made once in it (test/builds.ts). */
import { randomUUID } from 'node:crypto';
import type { TestProject } from 'vitest/node';
import type {} from './builds';

export default function setup(project: TestProject): void {
  project.provide('buildRun', randomUUID());
}
