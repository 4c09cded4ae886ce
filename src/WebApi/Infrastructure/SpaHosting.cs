using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace GoTrs.WebApi.Infrastructure;

/// <summary>
/// Serves the built SPA (client/dist, or Spa:Root) from this host: its files as static files, index.html for every
/// other GET outside the API and operational paths, so that client-side routes like /agent/tickets/5 load the app.
/// Hashed files under /assets are cached for a year; index.html is revalidated on every load. Without a build, the
/// app's paths answer with a short note on how to build it.
/// </summary>
public static class SpaHosting
{
    public const string RootSetting = "Spa:Root";
    private const string IndexFile = "index.html";
    private static readonly string[] ServerSegments = ["/api", "/health", "/metrics"];
    private static readonly string[] ServerPrefixes = ["/swagger", "/openapi"];

    public static string NotBuiltMessage(string root) =>
        $"The GoTrs web client is not built yet (looked for {Path.Combine(root, IndexFile)}).\n" +
        "Build it with `npm ci && npm run build` in client/, or run `dotnet run --project src/WebApi`, which builds it " +
        "on first run. Set Spa__Root to serve a build from elsewhere. The API is at /api/v1, its documentation at /swagger.\n";

    /// <summary>Spa:Root if set (relative to the content root), else client/dist of the content root or of the repository.</summary>
    public static string ResolveRoot(IConfiguration configuration, IWebHostEnvironment environment)
    {
        if (configuration[RootSetting] is { Length: > 0 } configured)
            return Path.GetFullPath(configured, environment.ContentRootPath);
        var candidates = new[] { environment.ContentRootPath, RepositoryRoot() }
            .OfType<string>().Select(folder => Path.Combine(folder, "client", "dist")).ToList();
        return candidates.FirstOrDefault(Directory.Exists) ?? candidates[^1];
    }

    public static void UseSpa(this WebApplication app)
    {
        var root = ResolveRoot(app.Configuration, app.Environment);
        var files = new LazyPhysicalFileProvider(root);
        app.Use(async (context, next) =>
        {
            if (!IsAppRequest(context) || files.GetFileInfo(context.Request.Path.Value!).Exists)
            {
                await next(context);
                return;
            }
            // A missing hashed asset (an old build's, say) is a 404, not index.html parsed as a script.
            if (context.Request.Path.StartsWithSegments("/assets"))
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }
            if (!files.GetFileInfo("/" + IndexFile).Exists)
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                context.Response.ContentType = "text/plain; charset=utf-8";
                await context.Response.WriteAsync(NotBuiltMessage(root));
                return;
            }
            context.Request.Path = "/" + IndexFile;
            await next(context);
        });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            ContentTypeProvider = new FileExtensionContentTypeProvider(),
            OnPrepareResponse = static file => file.Context.Response.Headers.CacheControl =
                file.Context.Request.Path.StartsWithSegments("/assets") ? "public, max-age=31536000, immutable" : "no-cache",
        });
    }

    // GETs (and HEADs) that no API endpoint answers and that are not server paths (/api/…, /health/…, /metrics,
    // /swagger…, /openapi…).
    private static bool IsAppRequest(HttpContext context)
    {
        var path = context.Request.Path;
        return (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
               && context.GetEndpoint() is null
               && !ServerSegments.Any(segment => path.StartsWithSegments(segment, StringComparison.OrdinalIgnoreCase))
               && !ServerPrefixes.Any(prefix => path.Value!.StartsWith(prefix, StringComparison.OrdinalIgnoreCase));
    }

    // The checkout this binary was built in (bin/… below src/WebApi), found by its solution file.
    private static string? RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "GoTrs.sln"))) return folder.FullName;
        return null;
    }

    /// <summary>A physical file provider over a folder that may appear only after start-up (a build run meanwhile).</summary>
    private sealed class LazyPhysicalFileProvider(string root) : IFileProvider
    {
        private PhysicalFileProvider? _inner;

        private IFileProvider Inner
        {
            get
            {
                if (_inner is null && Directory.Exists(root)) _inner = new PhysicalFileProvider(root);
                return (IFileProvider?)_inner ?? new NullFileProvider();
            }
        }

        public IFileInfo GetFileInfo(string subpath) => Inner.GetFileInfo(subpath);

        public IDirectoryContents GetDirectoryContents(string subpath) => Inner.GetDirectoryContents(subpath);

        public Microsoft.Extensions.Primitives.IChangeToken Watch(string filter) => Inner.Watch(filter);
    }
}
