export { caught } from '../helpers/caught.ts';
