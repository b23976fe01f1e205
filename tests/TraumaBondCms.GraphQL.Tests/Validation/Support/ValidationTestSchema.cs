using TraumaBondCms.GraphQL.Types;

namespace TraumaBondCms.GraphQL.Tests.Validation.Support;

/// <summary>
/// The schema every validation test runs against, in SDL that both our <see cref="SchemaBuilder"/> and
/// graphql-js's <c>buildSchema</c> accept: interfaces implementing interfaces, unions, enums, input objects
/// (one <c>@oneOf</c>), lists and non-null at several depths, arguments with defaults, custom directives (one
/// repeatable), a deprecated field, and mutation and subscription roots. Also compiled into the fuzz console.
/// </summary>
internal static class ValidationTestSchema
{
    public const string Sdl = """
        schema {
          query: Query
          mutation: Mutation
          subscription: Subscription
        }

        "Repeatable marker usable almost anywhere in a request."
        directive @tag(name: String!) repeatable on QUERY | MUTATION | SUBSCRIPTION | FIELD | FRAGMENT_DEFINITION | FRAGMENT_SPREAD | INLINE_FRAGMENT | VARIABLE_DEFINITION
        directive @log(level: LogLevel = INFO, sample: Float) on FIELD | QUERY | MUTATION
        directive @onQuery on QUERY
        directive @onMutation on MUTATION
        directive @onSubscription on SUBSCRIPTION
        directive @onFragment on FRAGMENT_DEFINITION | FRAGMENT_SPREAD | INLINE_FRAGMENT
        directive @onVariable(note: String) on VARIABLE_DEFINITION
        directive @cost(weight: Int!, tags: [String!]) on FIELD
        directive @schemaOnly on OBJECT | FIELD_DEFINITION

        scalar DateTime

        enum LogLevel { DEBUG INFO WARN ERROR }
        enum DogCommand { SIT HEEL DOWN }
        enum FurColor { BROWN BLACK TAN SPOTTED }

        interface Node { id: ID! }
        interface Named { name(surname: Boolean): String }
        interface Entity implements Node & Named {
          id: ID!
          name(surname: Boolean): String
          createdAt: DateTime
        }
        interface Pet implements Named {
          name(surname: Boolean): String
          nickname: String
        }
        interface Canine implements Pet & Named {
          name(surname: Boolean): String
          nickname: String
          barkVolume: Int
        }

        type Dog implements Canine & Pet & Named & Node & Entity @schemaOnly {
          id: ID!
          name(surname: Boolean): String
          nickname: String
          createdAt: DateTime
          barkVolume: Int
          barks: Boolean
          doesKnowCommand(dogCommand: DogCommand!): Boolean!
          isHousetrained(atOtherHomes: Boolean = true): Boolean!
          isAtLocation(x: Int, y: Int): Boolean
          owner: Human
          furColor: FurColor
          tags: [String!]!
          size: Int
          friends(first: Int = 10, after: String): [Pet!]
        }

        type Cat implements Pet & Named & Node {
          id: ID!
          name(surname: Boolean): String
          nickname: String
          meows: Boolean
          meowVolume: Int
          furColor: FurColor
          size: String
          lives: [Int]
        }

        type Human implements Entity & Node & Named {
          id: ID!
          name(surname: Boolean): String
          createdAt: DateTime
          pets: [Pet]
          relatives: [Human!]!
          iq: Int
          nicknames: [String]
        }

        type Alien implements Named {
          name(surname: Boolean): String
          numEyes: Int
          homePlanet: String
          nicknames: String
        }

        union CatOrDog = Cat | Dog
        union DogOrHuman = Dog | Human
        union HumanOrAlien = Human | Alien

        input ComplexInput {
          requiredField: Boolean!
          nonNullField: Boolean! = false
          intField: Int
          stringField: String
          booleanField: Boolean
          stringListField: [String]
          enumField: FurColor
          nested: ComplexInput
        }

        input PetFilter @oneOf {
          byName: String
          byId: ID
          byColor: FurColor
          byNested: ComplexInput
        }

        type ComplicatedArgs {
          intArgField(intArg: Int): String
          nonNullIntArgField(nonNullIntArg: Int!): String
          stringArgField(stringArg: String): String
          booleanArgField(booleanArg: Boolean): String
          enumArgField(enumArg: FurColor): String
          floatArgField(floatArg: Float): String
          idArgField(idArg: ID): String
          dateArgField(dateArg: DateTime): String
          stringListArgField(stringListArg: [String]): String
          stringListNonNullArgField(stringListNonNullArg: [String!]): String
          matrixArgField(matrix: [[Int!]!]): String
          complexArgField(complexArg: ComplexInput): String
          oneOfArgField(oneOfArg: PetFilter): String
          multipleReqs(req1: Int!, req2: Int!): String
          nonNullFieldWithDefault(arg: Int! = 0): String
          multipleOpts(opt1: Int = 0, opt2: Int = 0): String
          multipleOptAndReq(req1: Int!, req2: Int!, opt1: Int = 0, opt2: Int = 0): String
        }

        type Query {
          node(id: ID!): Node
          nodes(ids: [ID!]!): [Node]!
          human(id: ID): Human
          alien: Alien
          dog: Dog
          cat: Cat
          pet: Pet
          catOrDog: CatOrDog
          dogOrHuman: DogOrHuman
          humanOrAlien: HumanOrAlien
          complicatedArgs: ComplicatedArgs
          search(filter: PetFilter!): [Pet!]
          kennel: [[Dog]!]
          oldName: String @deprecated(reason: "Use name.")
          name: String
        }

        type Mutation {
          renameDog(id: ID!, name: String!): Dog
          addPet(filter: PetFilter, input: ComplexInput): Pet
        }

        type Subscription {
          dogBarked(dogId: ID): Dog
          catMeowed: Cat
          newPet(filter: PetFilter): Pet
        }
        """;

    private static readonly Lazy<Schema> Built = new(() => SchemaBuilder.FromSdl(Sdl).Build());

    /// <summary>The schema built from <see cref="Sdl"/>; shared and immutable.</summary>
    public static Schema Schema => Built.Value;
}
