namespace TraumaBondCms.GraphQL.Types.Builders;

/// <summary>Configures an object type (§3.6).</summary>
public sealed class ObjectTypeBuilder : ComplexTypeBuilder<ObjectTypeBuilder>
{
    internal ObjectTypeBuilder(string name)
        : base(name)
    {
    }

    internal IsTypeOfCheck? IsTypeOfCheck { get; private set; }

    /// <summary>Sets the check used to recognise this type's values behind an interface or union (§6.4.3).</summary>
    public ObjectTypeBuilder IsTypeOf(IsTypeOfCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        IsTypeOfCheck = check;
        return this;
    }
}
