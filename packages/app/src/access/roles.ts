import { ROLES, type Role } from "../ports/access-store.js";

/** viewer < editor < approver < admin: does `held` reach `required`? */
export function roleReaches(held: Role, required: Role): boolean {
  return ROLES.indexOf(held) >= ROLES.indexOf(required);
}

/** The Vietnamese name of a role, for messages. */
export const ROLE_NAMES: Readonly<Record<Role, string>> = {
  viewer: "người xem (viewer)",
  editor: "người nhập liệu (editor)",
  approver: "người duyệt (approver)",
  admin: "quản trị (admin)",
};
