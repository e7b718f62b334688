// The password rule the server enforces (app/accounts/schemas.py Password): said the same way
// on every form that asks for a new one.
export const MIN_PASSWORD = 10;
