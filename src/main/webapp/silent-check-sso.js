// Keycloak's silent sign-in check: hands the answer in this frame's address back to the app (keycloak-js).
parent.postMessage(location.href, location.origin);
