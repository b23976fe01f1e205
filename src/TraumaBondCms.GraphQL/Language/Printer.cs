using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using TraumaBondCms.GraphQL.Language.Ast;

namespace TraumaBondCms.GraphQL.Language;

/// <summary>
/// Prints any AST node as canonical GraphQL text: two-space indentation, one selection or field per line,
/// single-line argument lists, descriptions on their own line (block strings kept as block strings when
/// the value allows it). Parsing the output and printing again yields the same text. Stateless entry
/// point; thread safe.
/// </summary>
public sealed partial class Printer
{
    private const string IndentUnit = "  ";
    private readonly StringBuilder _out = new();
    private string _indentation = string.Empty;

    private Printer()
    {
    }

    /// <summary>Prints <paramref name="node"/> and everything below it.</summary>
    /// <exception cref="InsufficientExecutionStackException">For a hand-built tree too deep to print recursively.</exception>
    public static string Print(Node node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var printer = new Printer();
        printer.Visit(node);
        return printer._out.ToString();
    }

    /// <summary>
    /// Prints a string value as a quoted GraphQL string, escaping <c>"</c>, <c>\</c>, control characters
    /// (U+0000–U+001F, U+007F–U+009F) and unpaired surrogates.
    /// </summary>
    public static string PrintQuotedString(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var text = new StringBuilder(value.Length + 2).Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '"': text.Append("\\\""); break;
                case '\\': text.Append("\\\\"); break;
                case '\b': text.Append("\\b"); break;
                case '\f': text.Append("\\f"); break;
                case '\n': text.Append("\\n"); break;
                case '\r': text.Append("\\r"); break;
                case '\t': text.Append("\\t"); break;
                default:
                    var pairedSurrogate = (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                        || (char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(value[i - 1]));
                    if (c < ' ' || c is >= '\u007F' and <= '\u009F' || (char.IsSurrogate(c) && !pairedSurrogate))
                    {
                        text.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        text.Append(c);
                    }

                    break;
            }
        }

        return text.Append('"').ToString();
    }

    private void Visit(Node node)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        if (!VisitExecutable(node) && !VisitTypeSystem(node))
        {
            throw new ArgumentException($"Unknown node kind {node.Kind}.", nameof(node));
        }
    }

    private void Write(string text) => _out.Append(text);

    private void NewLine() => _out.Append('\n').Append(_indentation);

    // "{" then one item per line, indented, then "}" on its own line.
    private void Block<T>(IReadOnlyList<T> items, Action<T> visitItem)
    {
        Write("{");
        _indentation += IndentUnit;
        foreach (var item in items)
        {
            NewLine();
            visitItem(item);
        }

        _indentation = _indentation[..^IndentUnit.Length];
        NewLine();
        Write("}");
    }

    private void Join<T>(IReadOnlyList<T> items, string separator, Action<T> visitItem)
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0)
            {
                Write(separator);
            }

            visitItem(items[i]);
        }
    }

    private void VisitAll<T>(IReadOnlyList<T> nodes, string separator)
        where T : Node => Join(nodes, separator, node => Visit(node));

    // " @a @b" with a leading space, or nothing.
    private void Directives(IReadOnlyList<DirectiveNode> directives)
    {
        foreach (var directive in directives)
        {
            Write(" ");
            Visit(directive);
        }
    }

    // "(a: 1, b: 2)", or nothing when there are no arguments.
    private void Arguments(IReadOnlyList<ArgumentNode> arguments)
    {
        if (arguments.Count > 0)
        {
            Write("(");
            VisitAll(arguments, ", ");
            Write(")");
        }
    }

    private void StringValue(StringValueNode node)
    {
        if (node.IsBlock && BlockString.TryFormat(node.Value, _indentation, out var literal))
        {
            Write(literal);
        }
        else
        {
            Write(PrintQuotedString(node.Value));
        }
    }
}
