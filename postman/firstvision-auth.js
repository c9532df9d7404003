// Collection pre-request script of the FirstVision Postman collection (postman/portman-config.firstvision.json,
// globals.collectionPreRequestScripts). The apikey header comes from Portman's securityOverwrites ({{apiKey}});
// this script adds X-ClientID from {{clientId}} and, on the token operation, HTTP Basic {{apiKey}}:{{apiSecret}};
// every other request gets the bearer token of the OAuth2 client-credentials flow, fetched from the token
// operation before the first of them and kept in {{bearerToken}}.
const vars = pm.collectionVariables;
const basic = 'Basic ' + btoa(vars.get('apiKey') + ':' + vars.get('apiSecret'));
const bearer = (token) => pm.request.headers.upsert({ key: 'Authorization', value: 'Bearer ' + token });
pm.request.headers.upsert({ key: 'X-ClientID', value: vars.get('clientId') });
if (/\/token$/.test(pm.request.url.getPath())) {
  pm.request.headers.upsert({ key: 'Authorization', value: basic });
} else if (vars.get('bearerToken')) {
  bearer(vars.get('bearerToken'));
} else {
  pm.sendRequest(
    {
      url: pm.variables.replaceIn('{{baseUrl}}') + '/' + vars.get('tokenProduct') + '/token',
      method: 'POST',
      header: [
        { key: 'apikey', value: vars.get('apiKey') },
        { key: 'Authorization', value: basic },
      ],
      body: { mode: 'urlencoded', urlencoded: [{ key: 'grant_type', value: 'client_credentials' }] },
    },
    (error, response) => {
      if (error || response.code !== 200) throw new Error('FirstVision token: ' + (error || response.code + ' ' + response.text()));
      vars.set('bearerToken', response.json().access_token);
      bearer(vars.get('bearerToken'));
    },
  );
}
