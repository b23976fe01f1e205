namespace TraumaBondCms.Core.Safety;

/// <summary>How a person checked a resource's contact details (stated with every verification of a person).</summary>
public enum VerificationMethod
{
    /// <summary>Called the number and reached the service.</summary>
    CalledTheLine,

    /// <summary>Sent a text message to the number or short code and got the service's answer.</summary>
    TextedTheLine,

    /// <summary>Opened the chat and reached the service.</summary>
    UsedTheChat,

    /// <summary>Compared the details with the service's official website.</summary>
    OfficialWebsite,

    /// <summary>The service confirmed the details in writing (email or letter).</summary>
    WrittenConfirmation,
}
