export { type AnchorRange, anchorRangeOf } from './anchorRange.ts';
export { agreementExtensions, agreementSchema } from './extensions.ts';
export { ID_NODES, MARK, NODE } from './names.ts';
