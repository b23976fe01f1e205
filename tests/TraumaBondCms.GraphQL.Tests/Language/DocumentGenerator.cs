using System.Text;

namespace TraumaBondCms.GraphQL.Tests.Language;

/// <summary>Generates random, mostly valid GraphQL documents from the spec grammar for fuzzing.</summary>
internal sealed class DocumentGenerator(Random random)
{
    private static readonly string[] Names = ["a", "b", "node", "on", "query", "type", "true", "null", "_x1", "Foo", "FIELD"];
    private static readonly string[] Scalars = ["0", "-1", "123", "1.5", "-2e3", "0.1E+2", "\"s\"", "\"\\u00e9\\n\"", "\"\"\"block\n  text\"\"\"", "true", "false", "null", "ENUM"];
    private readonly StringBuilder _out = new();

    public string Document()
    {
        _out.Clear();
        var definitions = random.Next(1, 4);
        for (var i = 0; i < definitions; i++)
        {
            switch (random.Next(6))
            {
                case 0: Operation(); break;
                case 1: Fragment(); break;
                case 2: ObjectType(); break;
                case 3: Write("enum E { A B @deprecated }"); break;
                case 4: Write("directive @d(a: Int = 1) repeatable on FIELD | OBJECT"); break;
                default: Write("{ "); Selections(0); Write(" }"); break;
            }

            Write(random.Next(3) == 0 ? ",\n" : "\n");
        }

        return _out.ToString();
    }

    private void Operation()
    {
        Write(Pick(["query", "mutation", "subscription"]));
        Write(" ");
        Write(Name());
        Write("($v: ");
        TypeReference(0);
        Write(" = ");
        Value(0, isConst: true);
        Write(") ");
        Directives();
        Write("{ ");
        Selections(0);
        Write(" }");
    }

    private void Fragment()
    {
        Write("fragment F on T ");
        Directives();
        Write("{ ");
        Selections(0);
        Write(" }");
    }

    private void ObjectType()
    {
        Write("\"desc\" type T implements & I & J { f(a: ");
        TypeReference(0);
        Write(" = ");
        Value(0, isConst: true);
        Write("): ");
        TypeReference(0);
        Write(" }");
    }

    private void Selections(int depth)
    {
        var count = random.Next(1, 4);
        for (var i = 0; i < count; i++)
        {
            switch (depth < 4 ? random.Next(5) : 0)
            {
                case 1:
                    Write("...Frag ");
                    break;
                case 2:
                    Write("... on T { ");
                    Selections(depth + 1);
                    Write(" } ");
                    break;
                default:
                    Write(random.Next(2) == 0 ? Name() + ": " : string.Empty);
                    Write(Name());
                    Write("(x: ");
                    Value(0, isConst: false);
                    Write(") ");
                    Directives();
                    if (depth < 4 && random.Next(2) == 0)
                    {
                        Write("{ ");
                        Selections(depth + 1);
                        Write(" } ");
                    }

                    break;
            }
        }
    }

    private void Value(int depth, bool isConst)
    {
        switch (depth < 3 ? random.Next(5) : 0)
        {
            case 1:
                Write("[");
                Value(depth + 1, isConst);
                Write(", ");
                Value(depth + 1, isConst);
                Write("]");
                break;
            case 2:
                Write("{k: ");
                Value(depth + 1, isConst);
                Write("}");
                break;
            case 3 when !isConst:
                Write("$v");
                break;
            default:
                Write(Pick(Scalars));
                break;
        }
    }

    private void TypeReference(int depth)
    {
        if (depth < 3 && random.Next(3) == 0)
        {
            Write("[");
            TypeReference(depth + 1);
            Write("]");
        }
        else
        {
            Write(Pick(["Int", "String", "Foo"]));
        }

        Write(random.Next(2) == 0 ? "!" : string.Empty);
    }

    private void Directives()
    {
        if (random.Next(2) == 0)
        {
            Write("@include(if: true) ");
        }
    }

    private string Name() => Pick(Names);

    private string Pick(string[] choices) => choices[random.Next(choices.Length)];

    private void Write(string text) => _out.Append(text);
}
