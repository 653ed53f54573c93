export { BUILTIN_OUTLINE_INPUTS, getBuiltinOutline, listBuiltinOutlines } from "./builtin-outlines.js";
export { raSoatNghienDiemOutline } from "./ra-soat-nghien-diem-2024.js";
export { soKetCt36Outline } from "./so-ket-ct36-2024.js";
export { tongKetCtpcmt2020Outline } from "./tong-ket-ctpcmt-2020.js";
