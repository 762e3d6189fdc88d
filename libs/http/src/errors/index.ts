export * from './problem-details.dto.js';
export * from './problem.exception.js';
export * from './problem-details.filter.js';
export * from './validation.pipe.js';
export * from './api-problem-responses.decorator.js';
export * from './error-translator.js';
