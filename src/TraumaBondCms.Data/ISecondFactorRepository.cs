using TraumaBondCms.Core.Security;

namespace TraumaBondCms.Data;

/// <summary>Users' second factors (protected TOTP secrets and hashed recovery codes; see <see cref="SecondFactor"/>).</summary>
public interface ISecondFactorRepository
{
    /// <summary>The user's second factor, confirmed or pending; null when they have none.</summary>
    Task<SecondFactor?> GetAsync(string userId, CancellationToken cancellationToken = default);

    /// <summary>Stores the user's second factor, replacing the one they had.</summary>
    Task SaveAsync(SecondFactor secondFactor, CancellationToken cancellationToken = default);

    /// <summary>Removes the user's second factor (they enrol again); false when they had none.</summary>
    Task<bool> DeleteAsync(string userId, CancellationToken cancellationToken = default);
}
