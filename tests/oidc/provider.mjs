// A real, certified OpenID provider (panva/oidc-provider) for FleetDesk's sign-in test.
//
// Usage: node provider.mjs CLIENT_ID
// Listens on a free loopback port, prints {"issuer": "http://127.0.0.1:PORT"} on one line once
// ready, and serves until SIGTERM. One public native client (no secret, token endpoint auth
// "none"), loopback redirect on any port (RFC 8252), PKCE required, a refresh token with every
// code, and refresh-token rotation (a used refresh token is refused; reusing one revokes the
// grant). The development login and consent pages stand in for the user.
import http from 'node:http';

import Provider from 'oidc-provider';

const clientId = process.argv[2] || 'fleetdesk-oidc-test';
const server = http.createServer();

server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  const issuer = `http://127.0.0.1:${port}`;
  const provider = new Provider(issuer, {
    clients: [{
      client_id: clientId,
      application_type: 'native',
      token_endpoint_auth_method: 'none',
      grant_types: ['authorization_code', 'refresh_token'],
      response_types: ['code'],
      redirect_uris: ['http://127.0.0.1/callback'],
    }],
    scopes: ['openid', 'offline_access', 'tachoshare:read', 'tachoshare:rdl'],
    pkce: { required: () => true },
    rotateRefreshToken: true,
    issueRefreshToken: async (ctx, client) => client.grantTypeAllowed('refresh_token'),
    features: { devInteractions: { enabled: true } },
    cookies: { keys: ['fleetdesk-oidc-test-cookie-key'] },
    ttl: {
      AccessToken: 3600, AuthorizationCode: 60, Grant: 86400, IdToken: 3600,
      Interaction: 600, RefreshToken: 86400, Session: 86400,
    },
  });
  server.on('request', provider.callback());
  process.stdout.write(`${JSON.stringify({ issuer })}\n`);
});

process.on('SIGTERM', () => server.close(() => process.exit(0)));
