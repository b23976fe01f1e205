// Where the CMS runs. Its Cms:GraphQL:AllowedOrigins must include the origin this page is served from.
window.TRAUMABOND_API = window.TRAUMABOND_API || 'http://localhost:5000/api/graphql';
