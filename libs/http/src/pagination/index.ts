export * from './page-query.dto.js';
export * from './page.js';
export * from './cursor.js';
