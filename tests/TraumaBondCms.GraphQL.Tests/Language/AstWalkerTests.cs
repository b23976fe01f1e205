using TraumaBondCms.GraphQL.Language;
using TraumaBondCms.GraphQL.Language.Ast;

namespace TraumaBondCms.GraphQL.Tests.Language;

public class AstWalkerTests
{
    private static readonly DocumentNode Query = Parser.Parse("{ a { b } c }");

    [Fact]
    public void Should_enter_and_leave_in_depth_first_source_order_when_walking()
    {
        var recorder = new Recorder();

        AstWalker.Walk(Query, recorder);

        Assert.Equal(
            [
                "enter Document", "enter OperationDefinition", "enter SelectionSet", "enter Field a", "enter Name a",
                "leave Name a", "enter SelectionSet", "enter Field b", "enter Name b", "leave Name b", "leave Field b",
                "leave SelectionSet", "leave Field a", "enter Field c", "enter Name c", "leave Name c", "leave Field c",
                "leave SelectionSet", "leave OperationDefinition", "leave Document",
            ],
            recorder.Events);
    }

    [Fact]
    public void Should_call_kind_specific_hooks_when_overridden()
    {
        var counter = new FieldCounter();

        AstWalker.Walk(Parser.Parse("{ a { b } ... on T { c } ...F } fragment F on T { d }"), counter);

        Assert.Equal(["a", "b", "c", "d"], counter.Entered);
        Assert.Equal(["b", "a", "c", "d"], counter.Left);
    }

    [Fact]
    public void Should_skip_children_and_leave_when_enter_returns_skip()
    {
        var recorder = new Recorder { SkipField = "a" };

        AstWalker.Walk(Query, recorder);

        Assert.DoesNotContain("enter Field b", recorder.Events);
        Assert.DoesNotContain("leave Field a", recorder.Events);
        Assert.Contains("enter Field c", recorder.Events);
    }

    [Fact]
    public void Should_stop_only_the_stopping_visitor_when_walking_with_several()
    {
        var stopping = new Recorder { StopField = "b" };
        var other = new Recorder();

        AstWalker.Walk(Query, [stopping, other]);

        Assert.Equal("enter Field b", stopping.Events[^1]);
        Assert.Equal("leave Document", other.Events[^1]);
    }

    [Fact]
    public void Should_enter_in_list_order_and_leave_in_reverse_when_walking_with_several()
    {
        var log = new List<string>();

        AstWalker.Walk(Parser.Parse("{ a }"), [new Named("first", log), new Named("second", log)]);

        Assert.Equal(["enter first", "enter second", "leave second", "leave first"], log);
    }

    [Fact]
    public void Should_expose_ancestors_root_first_when_visiting_a_nested_node()
    {
        var probe = new AncestorProbe();

        AstWalker.Walk(Query, probe);

        Assert.Equal(
            [NodeKind.Document, NodeKind.OperationDefinition, NodeKind.SelectionSet, NodeKind.Field, NodeKind.SelectionSet],
            probe.AncestorKinds);
        Assert.Equal("a", probe.EnclosingField);
    }

    [Fact]
    public void Should_walk_without_recursion_when_tree_is_very_deep()
    {
        ValueNode value = new IntValueNode { Value = "1" };
        for (var i = 0; i < 200_000; i++)
        {
            value = new ListValueNode { Values = [value] };
        }

        var counter = new IntCounter();

        AstWalker.Walk(value, counter);

        Assert.Equal(1, counter.Count);
    }

    private sealed class Recorder : AstVisitor
    {
        public List<string> Events { get; } = [];

        public string? SkipField { get; init; }

        public string? StopField { get; init; }

        public override VisitAction Enter(Node node, AstWalkContext context)
        {
            Events.Add("enter " + Describe(node));
            var name = (node as FieldNode)?.Name.Value;
            if (name is null)
            {
                return VisitAction.Continue;
            }

            return name == SkipField ? VisitAction.SkipChildren : name == StopField ? VisitAction.Stop : VisitAction.Continue;
        }

        public override void Leave(Node node, AstWalkContext context) => Events.Add("leave " + Describe(node));

        private static string Describe(Node node) => node switch
        {
            FieldNode field => $"Field {field.Name.Value}",
            NameNode name => $"Name {name.Value}",
            _ => node.Kind.ToString(),
        };
    }

    private sealed class FieldCounter : AstVisitor
    {
        public List<string> Entered { get; } = [];

        public List<string> Left { get; } = [];

        protected override VisitAction EnterField(FieldNode node, AstWalkContext context)
        {
            Entered.Add(node.Name.Value);
            return VisitAction.Continue;
        }

        protected override void LeaveField(FieldNode node, AstWalkContext context) => Left.Add(node.Name.Value);
    }

    private sealed class Named(string name, List<string> log) : AstVisitor
    {
        protected override VisitAction EnterField(FieldNode node, AstWalkContext context)
        {
            log.Add("enter " + name);
            return VisitAction.Continue;
        }

        protected override void LeaveField(FieldNode node, AstWalkContext context) => log.Add("leave " + name);
    }

    private sealed class AncestorProbe : AstVisitor
    {
        public List<NodeKind> AncestorKinds { get; private set; } = [];

        public string? EnclosingField { get; private set; }

        protected override VisitAction EnterField(FieldNode node, AstWalkContext context)
        {
            if (node.Name.Value == "b")
            {
                AncestorKinds = context.Ancestors.Select(ancestor => ancestor.Kind).ToList();
                EnclosingField = context.FindAncestor<FieldNode>()?.Name.Value;
            }

            return VisitAction.Continue;
        }
    }

    private sealed class IntCounter : AstVisitor
    {
        public int Count { get; private set; }

        protected override VisitAction EnterIntValue(IntValueNode node, AstWalkContext context)
        {
            Count++;
            return VisitAction.Continue;
        }
    }
}
