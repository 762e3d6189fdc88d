import { DiscoveryService } from '@nestjs/core';
import type { ProblemException } from './problem.exception.js';

/**
 * Turns an error from a platform dependency (a database driver, a cache client) into the problem
 * clients should see, or returns undefined when the error is not one it knows. The filter asks every
 * translator before treating an error as an unexpected 500; the translator logs what it needs to.
 */
export interface ErrorTranslator {
  translate(error: unknown): ProblemException | undefined;
}

/** Marks a provider implementing ErrorTranslator; the problem filter finds it at boot. */
export const TranslatesErrors = DiscoveryService.createDecorator<undefined>();
