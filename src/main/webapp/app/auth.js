// Login through Keycloak with the official adapter (authorization code + PKCE), token refresh before each call.
import Keycloak from '../vendor/keycloak-js-26.2.4/keycloak.js';

let keycloak;

export async function init() {
  const config = await (await fetch('/api/client-config')).json();
  keycloak = new Keycloak({ url: config.keycloakUrl, realm: config.realm, clientId: config.clientId });
  await keycloak.init({
    onLoad: 'check-sso',
    pkceMethod: 'S256',
    checkLoginIframe: false,
    silentCheckSsoRedirectUri: `${location.origin}/silent-check-sso.html`,
  });
  // The realm accepts exactly two redirect addresses, so login always returns to the root: back to the page here.
  const page = sessionStorage.getItem('page-before-login');
  sessionStorage.removeItem('page-before-login');
  if (keycloak.authenticated && page && page !== location.hash) location.hash = page;
  return keycloak.authenticated;
}

export const login = () => {
  sessionStorage.setItem('page-before-login', location.hash);
  return keycloak.login({ redirectUri: `${location.origin}/`, locale: localStorage.getItem('locale') || 'zh-CN' });
};
export const logout = () => keycloak.logout({ redirectUri: `${location.origin}/` });

export async function token() {
  if (!keycloak || !keycloak.authenticated) return null;
  await keycloak.updateToken(30);
  return keycloak.token;
}

/** The signed-in person's Keycloak id (the token's subject), e.g. to assign a home visit to oneself. */
export const subject = () => (keycloak && keycloak.authenticated ? keycloak.subject : null);
