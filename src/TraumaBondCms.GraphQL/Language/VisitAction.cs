namespace TraumaBondCms.GraphQL.Language;

/// <summary>What an <see cref="AstVisitor"/> wants after entering a node.</summary>
public enum VisitAction
{
    /// <summary>Visit the node's children, then leave the node.</summary>
    Continue,

    /// <summary>Do not visit the node's children, and do not call the node's leave hook, for this visitor.</summary>
    SkipChildren,

    /// <summary>Stop visiting altogether for this visitor; other visitors of the same walk carry on.</summary>
    Stop,
}
