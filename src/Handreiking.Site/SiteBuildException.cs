namespace Handreiking.Site;

/// <summary>A problem that stops the build, with a message for the person running it (a broken link, a missing template).</summary>
public sealed class SiteBuildException : Exception
{
    public SiteBuildException(string message)
        : base(message)
    {
    }

    public SiteBuildException(string message, Exception inner)
        : base(message, inner)
    {
    }

    public SiteBuildException()
    {
    }
}
