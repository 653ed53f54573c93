export { DEMO_ADMIN_NAME, issueDemoAdminToken } from "./issue-demo-admin-token.js";
