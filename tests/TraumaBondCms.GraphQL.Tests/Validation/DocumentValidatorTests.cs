using TraumaBondCms.GraphQL.Errors;
using TraumaBondCms.GraphQL.Language;
using TraumaBondCms.GraphQL.Tests.Validation.Support;
using TraumaBondCms.GraphQL.Validation;

namespace TraumaBondCms.GraphQL.Tests.Validation;

public class DocumentValidatorTests
{
    [Fact]
    public void Should_return_no_errors_when_document_is_valid()
    {
        ValidationHarness.ExpectValid("""
            query Q($id: ID!, $surname: Boolean = false) {
              node(id: $id) { id ... on Dog { name(surname: $surname) owner { pets { ...PetName } } } }
              search(filter: {byColor: TAN}) { __typename ...PetName }
            }
            fragment PetName on Pet { name nickname }
            """);
    }
}
