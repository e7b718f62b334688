// Placeholder until this screen is built.
export function AuditLogPage() {
  return <h1>AuditLogPage</h1>;
}
