export { cooperationPath, documentPath } from '../../../../shared/pages.ts';
