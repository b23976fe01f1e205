namespace TraumaBondCms.GraphQL.Introspection;

/// <summary>
/// The standard introspection query: the whole schema with descriptions, <c>specifiedByURL</c>,
/// <c>isRepeatable</c>, the schema description, deprecated arguments and input fields, and <c>isOneOf</c> (the
/// same selection as graphql-js 16's <c>getIntrospectionQuery</c> with every option on). Type references are
/// followed through nine wrappers. Its result feeds client tools such as graphql-js <c>buildClientSchema</c>.
/// </summary>
public static class IntrospectionQuery
{
    /// <summary>The query text; its operation is named <c>IntrospectionQuery</c>.</summary>
    public const string Text = """
        query IntrospectionQuery {
          __schema {
            description
            queryType { name kind }
            mutationType { name kind }
            subscriptionType { name kind }
            types { ...FullType }
            directives {
              name
              description
              isRepeatable
              locations
              args(includeDeprecated: true) { ...InputValue }
            }
          }
        }

        fragment FullType on __Type {
          kind
          name
          description
          specifiedByURL
          isOneOf
          fields(includeDeprecated: true) {
            name
            description
            args(includeDeprecated: true) { ...InputValue }
            type { ...TypeRef }
            isDeprecated
            deprecationReason
          }
          inputFields(includeDeprecated: true) { ...InputValue }
          interfaces { ...TypeRef }
          enumValues(includeDeprecated: true) {
            name
            description
            isDeprecated
            deprecationReason
          }
          possibleTypes { ...TypeRef }
        }

        fragment InputValue on __InputValue {
          name
          description
          type { ...TypeRef }
          defaultValue
          isDeprecated
          deprecationReason
        }

        fragment TypeRef on __Type {
          kind
          name
          ofType {
            kind
            name
            ofType {
              kind
              name
              ofType {
                kind
                name
                ofType {
                  kind
                  name
                  ofType {
                    kind
                    name
                    ofType {
                      kind
                      name
                      ofType {
                        kind
                        name
                        ofType {
                          kind
                          name
                          ofType { kind name }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
        """;
}
