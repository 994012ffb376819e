export { type AnchorRange, anchorRangeOf } from './anchorRange.ts';
export { agreementExtensions, agreementSchema } from './extensions.ts';
export { moveTopLevel } from './moveTopLevel.ts';
export { ID_NODES, MARK, NODE } from './names.ts';
