export type { DocumentReference, ReferenceStyle } from "./document-reference.js";
export { DocumentReferenceSchema, REFERENCE_STYLES, ReferenceStyleSchema } from "./document-reference.js";
export type { DocumentTypeCode } from "./document-type.js";
export {
  DOCUMENT_TYPE_CODES,
  DOCUMENT_TYPES,
  DocumentTypeCodeSchema,
  documentTypeName,
  isDocumentTypeCode,
  lookupDocumentType,
} from "./document-type.js";
export type { MalformedReference, ReferenceMatch } from "./find-references.js";
export { findMalformedReferences, findReferences } from "./find-references.js";
export type { FormatReferenceOptions } from "./format-reference.js";
export { formatReference, formatReferenceSymbol } from "./format-reference.js";
export { canonicalIssuerSymbol, issuerName } from "./issuer.js";
export { parseReference } from "./parse-reference.js";
export { possibleDocumentTypeNames, referenceKey, sameDocument, sameSymbol } from "./reference-identity.js";
