namespace TraumaBondCms.Core.Safety;

/// <summary>Who made a <see cref="ResourceVerification"/>.</summary>
public enum VerificationKind
{
    /// <summary>A person with the VerifyResources permission checked the contact details.</summary>
    Person,

    /// <summary>A recipe seeded the record when it installed the resource; no one in this installation checked.</summary>
    Recipe,
}
