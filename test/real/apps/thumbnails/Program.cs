using SkiaSharp;

// Draws a little picture with text: the first SkiaSharp call loads libSkiaSharp.so and what it needs.
using var bitmap = new SKBitmap(64, 32);
using var canvas = new SKCanvas(bitmap);
canvas.Clear(SKColors.White);
using var font = new SKFont(SKTypeface.Default, 12);
using var paint = new SKPaint { Color = SKColors.Black };
canvas.DrawText("hi", 4, 20, font, paint);
using var png = bitmap.Encode(SKEncodedImageFormat.Png, 100);
Console.WriteLine($"drew a {png.Size}-byte PNG");
